using System;
using System.Security.Claims;

namespace Tamer.Spec.Mcp;

/// <summary>Who sent a tool call, and the services of its request.</summary>
/// <param name="User">The request's user (over HTTP, the token's), or null when the transport has none.</param>
/// <param name="Services">The request's services, or null when the server has none.</param>
public sealed record RequestInfo(ClaimsPrincipal? User, IServiceProvider? Services);
