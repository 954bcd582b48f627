using Microsoft.AspNetCore.Identity;

namespace SmeOnboard.Core.Identity;

public sealed class AppRole : IdentityRole<Guid>;
