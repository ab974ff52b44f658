// Reference stub of the `Owin` 1.0.0 package (assembly Owin): the public surface the analyzer tests need.
// Namespaces, type names and member signatures mirror the real package; bodies are placeholders.
using System;
using System.Collections.Generic;

namespace Owin
{
    public interface IAppBuilder
    {
        IDictionary<string, object> Properties { get; }

        IAppBuilder Use(object middleware, params object[] args);

        object Build(Type returnType);

        IAppBuilder New();
    }
}
