using SmeOnboard.Core.Data;
using SmeOnboard.Core.Features.Marketplace.ApiKeys;
using SmeOnboard.Core.Tests.Infrastructure;

namespace SmeOnboard.Core.Tests.Features.Marketplace.ApiKeys;

public sealed class VendorApiKeyStoreTests(TestDatabases databases)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, BothDatabases]
    public async Task A_new_key_finds_its_vendor_and_only_its_hash_is_stored(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var vendor = await portal.RegisterVendorAsync();

        var created = (await portal.As<VendorApiKeyStore>(vendor.Principal).CreateForCurrentAsync("CI", [VendorApiScopes.SubmissionsWrite], Ct)).Value;

        Assert.StartsWith(VendorApiKeyStore.Prefix, created.Secret, StringComparison.Ordinal);
        var caller = await portal.Anonymous<VendorApiKeyStore>().FindCallerAsync(created.Secret, Ct);
        Assert.Equal((vendor.Organisation.Id, vendor.Organisation.Name), (caller!.Key.VendorOrgId, caller.VendorName));
        Assert.Equal(0, await portal.CountAsync("SELECT COUNT(*) FROM vendor_api_keys WHERE key_hash = @secret OR name = @secret", new { secret = created.Secret }));
        Assert.Equal(1, await portal.CountAsync("SELECT COUNT(*) FROM vendor_api_keys WHERE id = @Id", new { created.Key.Id }));
    }

    [Theory, BothDatabases]
    public async Task A_revoked_key_no_longer_finds_a_caller(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var vendor = await portal.RegisterVendorAsync();
        var created = (await portal.As<VendorApiKeyStore>(vendor.Principal).CreateForCurrentAsync("CI", [VendorApiScopes.SubmissionsWrite], Ct)).Value;

        Assert.True(await portal.As<VendorApiKeyStore>(vendor.Principal).RevokeForCurrentAsync(created.Key.Id, Ct));

        Assert.Null(await portal.Anonymous<VendorApiKeyStore>().FindCallerAsync(created.Secret, Ct));
        Assert.NotNull(Assert.Single(await portal.As<VendorApiKeyStore>(vendor.Principal).ListForCurrentAsync(Ct)).RevokedAt);
    }

    [Theory, BothDatabases]
    public async Task Another_vendor_neither_sees_nor_revokes_a_key_and_firms_cannot_create_one(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var owner = await portal.RegisterVendorAsync();
        var other = await portal.RegisterVendorAsync();
        var firm = await portal.RegisterFirmAsync();
        var created = (await portal.As<VendorApiKeyStore>(owner.Principal).CreateForCurrentAsync("CI", [VendorApiScopes.SubmissionsRead], Ct)).Value;

        Assert.Empty(await portal.As<VendorApiKeyStore>(other.Principal).ListForCurrentAsync(Ct));
        Assert.False(await portal.As<VendorApiKeyStore>(other.Principal).RevokeForCurrentAsync(created.Key.Id, Ct));
        Assert.Equal("Errors.ApiKeyVendorOnly", Assert.Single((await portal.As<VendorApiKeyStore>(firm.Principal).CreateForCurrentAsync("x", [VendorApiScopes.SubmissionsRead], Ct)).Errors).Code);
        Assert.NotNull(await portal.Anonymous<VendorApiKeyStore>().FindCallerAsync(created.Secret, Ct));
    }

    [Theory, BothDatabases]
    public async Task Unknown_scopes_and_made_up_keys_are_refused(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var vendor = await portal.RegisterVendorAsync();

        var badScope = await portal.As<VendorApiKeyStore>(vendor.Principal).CreateForCurrentAsync("CI", ["installs.delete"], Ct);

        Assert.Equal("Errors.ApiKeyScopes", Assert.Single(badScope.Errors).Code);
        Assert.Null(await portal.Anonymous<VendorApiKeyStore>().FindCallerAsync("smk_made-up", Ct));
        Assert.Null(await portal.Anonymous<VendorApiKeyStore>().FindCallerAsync("not-a-key", Ct));
    }
}
