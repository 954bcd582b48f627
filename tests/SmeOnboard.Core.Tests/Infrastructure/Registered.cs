using System.Security.Claims;
using SmeOnboard.Core.Features.Organisations;
using SmeOnboard.Core.Identity;

namespace SmeOnboard.Core.Tests.Infrastructure;

/// <summary>A firm signed up through the registration: its admin, the organisation and the admin's claims.</summary>
internal sealed record Registered(AppUser Admin, Organisation Organisation, ClaimsPrincipal Principal);
