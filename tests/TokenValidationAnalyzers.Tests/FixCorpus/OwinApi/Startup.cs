using Microsoft.Owin;
using Owin;

[assembly: OwinStartup(typeof(OwinApi.Startup))]

namespace OwinApi
{
    public partial class Startup
    {
        public void Configuration(IAppBuilder app)
        {
            ConfigureAuth(app);
        }
    }
}
