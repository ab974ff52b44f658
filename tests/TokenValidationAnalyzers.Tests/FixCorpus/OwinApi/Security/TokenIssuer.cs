using System;
using System.Collections.Generic;
using System.Configuration;
using System.IdentityModel.Tokens.Jwt;
using System.Security.Claims;
using System.Text;
using Microsoft.IdentityModel.Tokens;

namespace OwinApi.Security
{
    /// <summary>Issues the API's own tokens to clients that log in with a user name and password.</summary>
    public static class TokenIssuer
    {
        private static readonly string Issuer = ConfigurationManager.AppSettings["api:Issuer"];
        private static readonly string Audience = ConfigurationManager.AppSettings["ida:Audience"];

        public static string Issue(string userName, IEnumerable<string> roles)
        {
            var identity = new ClaimsIdentity("JWT");
            identity.AddClaim(new Claim(ClaimTypes.Name, userName));
            foreach (var role in roles)
            {
                identity.AddClaim(new Claim(ClaimTypes.Role, role));
            }

            var descriptor = new SecurityTokenDescriptor
            {
                Issuer = Issuer,
                Audience = Audience,
                Subject = identity,
                Expires = DateTime.UtcNow.AddDays(30),
                SigningCredentials = new SigningCredentials(SigningKey(), SecurityAlgorithms.HmacSha256),
            };

            var handler = new JwtSecurityTokenHandler();
            return handler.WriteToken(handler.CreateToken(descriptor));
        }

        public static string IssueForJob(string job)
        {
            var token = new JwtSecurityToken(
                Issuer,
                Audience,
                new[] { new Claim("job", job) },
                signingCredentials: new SigningCredentials(SigningKey(), SecurityAlgorithms.HmacSha256));
            return new JwtSecurityTokenHandler().WriteToken(token);
        }

        private static SecurityKey SigningKey()
        {
            var secret = ConfigurationManager.AppSettings["api:TokenSigningKey"] ?? "owin-api-development-key-0123456789abcdef";
            return new SymmetricSecurityKey(Encoding.UTF8.GetBytes(secret));
        }
    }
}
