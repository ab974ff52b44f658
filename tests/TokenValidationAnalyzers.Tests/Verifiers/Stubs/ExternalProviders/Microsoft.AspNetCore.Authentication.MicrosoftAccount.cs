// Stub of Microsoft.AspNetCore.Authentication.MicrosoftAccount 10.0.0: the public surface TVA6004 binds to (registration and options).
using System;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.MicrosoftAccount;
using Microsoft.AspNetCore.Authentication.OAuth;

namespace Microsoft.AspNetCore.Authentication.MicrosoftAccount
{
    public static class MicrosoftAccountDefaults
    {
        public const string AuthenticationScheme = "Microsoft";
        public static readonly string DisplayName = "Microsoft";
        public static readonly string AuthorizationEndpoint = "https://login.microsoftonline.com/common/oauth2/v2.0/authorize";
        public static readonly string TokenEndpoint = "https://login.microsoftonline.com/common/oauth2/v2.0/token";
        public static readonly string UserInformationEndpoint = "https://graph.microsoft.com/v1.0/me";
    }

    public class MicrosoftAccountOptions : OAuthOptions
    {
    }
}

namespace Microsoft.Extensions.DependencyInjection
{
    public static class MicrosoftAccountExtensions
    {
        public static AuthenticationBuilder AddMicrosoftAccount(this AuthenticationBuilder builder) => builder;

        public static AuthenticationBuilder AddMicrosoftAccount(this AuthenticationBuilder builder, Action<MicrosoftAccountOptions> configureOptions) => builder;

        public static AuthenticationBuilder AddMicrosoftAccount(this AuthenticationBuilder builder, string authenticationScheme, Action<MicrosoftAccountOptions> configureOptions) => builder;

        public static AuthenticationBuilder AddMicrosoftAccount(this AuthenticationBuilder builder, string authenticationScheme, string displayName, Action<MicrosoftAccountOptions> configureOptions) => builder;
    }
}
