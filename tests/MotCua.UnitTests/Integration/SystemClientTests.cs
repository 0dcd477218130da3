using MotCua.Integration.Domain;
using Shouldly;

namespace MotCua.UnitTests.Integration;

public sealed class SystemClientTests
{
    private static readonly DateTime Now = new(2026, 3, 2, 2, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void The_secret_is_kept_only_as_its_SHA256()
    {
        var secret = SystemClient.NewSecret();
        var client = SystemClient.Register("dvcqg", "Cổng DVCQG", secret, ["dossiers:submit"], Now, null);

        client.SecretHash.Length.ShouldBe(32);
        client.SecretHash.ShouldBe(SystemClient.Hash(secret));
        System.Text.Encoding.UTF8.GetString(client.SecretHash).ShouldNotContain(secret);
    }

    [Fact]
    public void The_right_secret_is_accepted_and_a_changed_character_is_not()
    {
        var secret = SystemClient.NewSecret();
        var client = SystemClient.Register("dvcqg", "Cổng DVCQG", secret, ["dossiers:submit"], Now, null);
        var tampered = (secret[0] == 'A' ? 'B' : 'A') + secret[1..];

        client.Accepts(secret, Now).ShouldBeTrue();
        client.Accepts(tampered, Now).ShouldBeFalse();
        client.Accepts(secret + "x", Now).ShouldBeFalse();
    }

    [Fact]
    public void An_expired_or_revoked_secret_is_refused()
    {
        var secret = SystemClient.NewSecret();
        var expiring = SystemClient.Register("dvcqg", "Cổng DVCQG", secret, ["dossiers:submit"], Now, Now.AddDays(1));
        expiring.Accepts(secret, Now.AddDays(1)).ShouldBeFalse();
        expiring.Accepts(secret, Now.AddHours(23)).ShouldBeTrue();

        var revoked = SystemClient.Register("other", "Khác", secret, ["dossiers:submit"], Now, null);
        revoked.Revoke(Now);
        revoked.Accepts(secret, Now).ShouldBeFalse();
    }

    [Fact]
    public void A_short_secret_is_refused_because_it_could_be_guessed() =>
        Should.Throw<ArgumentException>(() => SystemClient.Register("dvcqg", "Cổng DVCQG", "short-secret", ["dossiers:submit"], Now, null));

    [Theory]
    [InlineData("dvcqg-dev", true)]
    [InlineData("a_b-9", true)]
    [InlineData("has.dot", false)]
    [InlineData("", false)]
    [InlineData("khoảng trắng", false)]
    public void A_client_id_cannot_contain_the_dot_that_separates_it_from_the_secret(string id, bool valid) =>
        SystemClient.IsValidId(id).ShouldBe(valid);

    [Fact]
    public void Scopes_are_granted_one_by_one_and_updating_reports_a_rotation()
    {
        var secret = SystemClient.NewSecret();
        var client = SystemClient.Register("dvcqg", "Cổng DVCQG", secret, ["dossiers:submit"], Now, null);
        client.Has("dossiers:submit").ShouldBeTrue();
        client.Has("dossiers:read").ShouldBeFalse();

        client.Update("Cổng DVCQG", secret, ["dossiers:submit"], null).ShouldBeFalse();
        var rotated = SystemClient.NewSecret();
        client.Update("Cổng DVCQG", rotated, ["dossiers:submit"], null).ShouldBeTrue();
        client.Accepts(secret, Now).ShouldBeFalse();
        client.Accepts(rotated, Now).ShouldBeTrue();
    }

    [Fact]
    public void A_line_is_synced_once_and_never_behind_the_last_one()
    {
        var sync = PortalSync.ForMotCuaDossier("H40.01-260302-0001");
        sync.NeedsCreateOnPortal.ShouldBeTrue();
        sync.CreatedOnPortal(Now);
        sync.NeedsCreateOnPortal.ShouldBeFalse();

        sync.Synced(1, 2, Now);
        sync.HasSynced(1).ShouldBeTrue();
        sync.HasSynced(2).ShouldBeFalse();
        Should.Throw<InvalidOperationException>(() => sync.Synced(1, 2, Now));

        PortalSync.ForPortalSubmission("H40.01-260302-0002", "QG-1").NeedsCreateOnPortal.ShouldBeFalse();
    }
}
