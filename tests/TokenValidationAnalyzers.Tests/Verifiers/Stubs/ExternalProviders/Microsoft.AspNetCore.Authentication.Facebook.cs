// Stub of Microsoft.AspNetCore.Authentication.Facebook 10.0.0: the public surface TVA6004 binds to (registration and options).
using System;
using System.Collections.Generic;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Facebook;
using Microsoft.AspNetCore.Authentication.OAuth;

namespace Microsoft.AspNetCore.Authentication.Facebook
{
    public static class FacebookDefaults
    {
        public const string AuthenticationScheme = "Facebook";
        public static readonly string DisplayName = "Facebook";
    }

    public class FacebookOptions : OAuthOptions
    {
        public string AppId { get => ClientId; set => ClientId = value; }
        public string AppSecret { get => ClientSecret; set => ClientSecret = value; }
        public bool SendAppSecretProof { get; set; }
        public ICollection<string> Fields { get; } = new HashSet<string>();
    }
}

namespace Microsoft.Extensions.DependencyInjection
{
    public static class FacebookAuthenticationOptionsExtensions
    {
        public static AuthenticationBuilder AddFacebook(this AuthenticationBuilder builder) => builder;

        public static AuthenticationBuilder AddFacebook(this AuthenticationBuilder builder, Action<FacebookOptions> configureOptions) => builder;

        public static AuthenticationBuilder AddFacebook(this AuthenticationBuilder builder, string authenticationScheme, Action<FacebookOptions> configureOptions) => builder;

        public static AuthenticationBuilder AddFacebook(this AuthenticationBuilder builder, string authenticationScheme, string displayName, Action<FacebookOptions> configureOptions) => builder;
    }
}
