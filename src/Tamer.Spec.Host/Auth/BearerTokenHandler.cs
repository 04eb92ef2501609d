using System;
using System.Linq;
using System.Security.Claims;
using System.Text.Encodings.Web;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Tamer.Spec.Host.Auth;

/// <summary>
/// <c>Authorization: Bearer &lt;token&gt;</c>: the token's worker becomes the request's user name.
/// A missing or unknown token is a <c>401</c> problem with a <c>WWW-Authenticate: Bearer</c> header.
/// </summary>
internal sealed class BearerTokenHandler : AuthenticationHandler<AuthenticationSchemeOptions>
{
    public const string SchemeName = "Bearer";

    private readonly WorkerTokens _tokens;

    public BearerTokenHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, WorkerTokens tokens)
        : base(options, logger, encoder)
    {
        _tokens = tokens;
    }

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (header.Length == 0)
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        if (!header.StartsWith(SchemeName + " ", StringComparison.OrdinalIgnoreCase))
        {
            return Task.FromResult(AuthenticateResult.Fail("the Authorization header is not 'Bearer <token>'"));
        }

        var actor = _tokens.Find(header[(SchemeName.Length + 1)..].Trim());
        if (actor is null)
        {
            return Task.FromResult(AuthenticateResult.Fail("the token belongs to no worker"));
        }

        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, actor.Name), .. actor.Roles.Select(r => new Claim(ClaimTypes.Role, Roles.NameOf(r)))], SchemeName);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }

    // A token without the role an endpoint needs: 403, as a problem that names both.
    protected override async Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        var needed = Context.GetEndpoint()?.Metadata.GetMetadata<RequiredRoles>();
        Response.StatusCode = StatusCodes.Status403Forbidden;
        await Forbidden(needed, Context.User).ExecuteAsync(Context).ConfigureAwait(false);
    }

    /// <summary>The 403 answer to <paramref name="user"/>, whose token lacks the roles <paramref name="needed"/>: a problem that names both.</summary>
    internal static IResult Forbidden(RequiredRoles? needed, ClaimsPrincipal user)
    {
        var actor = Actor.Of(user);
        return Results.Problem(
            statusCode: StatusCodes.Status403Forbidden,
            title: "Forbidden",
            detail: "this request needs the role " + (needed is null ? "it names" : Roles.Describe(needed.Roles)) + "; the token of '" + actor.Name + "' has " + Roles.Describe(actor.Roles.Order(), "and"));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var failure = (await HandleAuthenticateOnceSafeAsync().ConfigureAwait(false)).Failure;
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = SchemeName;
        await Results.Problem(
            statusCode: StatusCodes.Status401Unauthorized,
            title: "Unauthorized",
            detail: failure?.Message ?? "send 'Authorization: Bearer <token>' with a token from the host's token file").ExecuteAsync(Context).ConfigureAwait(false);
    }
}
