using Microsoft.EntityFrameworkCore;

namespace MotCua.DevServices.Identity;

/// <summary>OpenIddict's applications, authorizations and tokens, in an in-memory SQLite database that lives as long as the server.</summary>
internal sealed class IdentityStore(DbContextOptions<IdentityStore> options) : DbContext(options);
