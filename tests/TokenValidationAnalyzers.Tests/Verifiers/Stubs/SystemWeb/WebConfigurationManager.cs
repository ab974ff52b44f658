// Reference stub: the part of System.Web.Configuration.WebConfigurationManager the tests use, as System.Web.dll of
// .NET Framework 4.8 declares it (System.Web 4.0.0.0). Compiled by the tests into a metadata reference named System.Web.
using System.Collections.Specialized;
using System.Configuration;

namespace System.Web.Configuration
{
    public static class WebConfigurationManager
    {
        public static NameValueCollection AppSettings => throw null!;

        public static ConnectionStringSettingsCollection ConnectionStrings => throw null!;

        public static object GetSection(string sectionName) => throw null!;

        public static object GetWebApplicationSection(string sectionName) => throw null!;
    }
}
