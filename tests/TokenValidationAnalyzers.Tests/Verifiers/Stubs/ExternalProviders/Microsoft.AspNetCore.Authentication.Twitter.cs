// Stub of Microsoft.AspNetCore.Authentication.Twitter 10.0.0: the public surface TVA6004 binds to (registration and options).
using System;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Twitter;

namespace Microsoft.AspNetCore.Authentication.Twitter
{
    public static class TwitterDefaults
    {
        public const string AuthenticationScheme = "Twitter";
        public static readonly string DisplayName = "Twitter";
    }

    public class TwitterOptions : RemoteAuthenticationOptions
    {
        public string ConsumerKey { get; set; } = "";
        public string ConsumerSecret { get; set; } = "";
        public bool RetrieveUserDetails { get; set; }
    }
}

namespace Microsoft.Extensions.DependencyInjection
{
    public static class TwitterExtensions
    {
        public static AuthenticationBuilder AddTwitter(this AuthenticationBuilder builder) => builder;

        public static AuthenticationBuilder AddTwitter(this AuthenticationBuilder builder, Action<TwitterOptions> configureOptions) => builder;

        public static AuthenticationBuilder AddTwitter(this AuthenticationBuilder builder, string authenticationScheme, Action<TwitterOptions> configureOptions) => builder;

        public static AuthenticationBuilder AddTwitter(this AuthenticationBuilder builder, string authenticationScheme, string displayName, Action<TwitterOptions> configureOptions) => builder;
    }
}
