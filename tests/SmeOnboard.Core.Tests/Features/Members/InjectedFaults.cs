using System.Collections.Concurrent;
using Dapper;
using SmeOnboard.Core.Data;
using SmeOnboard.Core.Tests.Infrastructure;

namespace SmeOnboard.Core.Tests.Features.Members;

/// <summary>
/// Triggers that make one step of a sign-up fail for marked test data only, so a test can show that a failure half-way
/// leaves nothing behind. Other tests never use the markers, so the shared database behaves normally for them.
/// </summary>
internal static class InjectedFaults
{
    /// <summary>Granting a role to a user whose email starts with this fails.</summary>
    public const string RoleGrantEmailPrefix = "role-fault-";

    /// <summary>Adding a member to an organisation whose name starts with this fails.</summary>
    public const string MembershipOrganisationPrefix = "Membership fault ";

    private static readonly ConcurrentDictionary<TestDatabase, Lazy<Task>> Installed = new();

    public static Task InstallAsync(TestDatabase database) =>
        Installed.GetOrAdd(database, _ => new Lazy<Task>(() => CreateTriggersAsync(database))).Value;

    private static async Task CreateTriggersAsync(TestDatabase database)
    {
        await using var connection = await database.Connections.OpenAsync();
        await connection.ExecuteAsync(database.Provider == DatabaseProvider.Sqlite ? Sqlite : Postgres);
    }

    private const string Sqlite = $"""
        CREATE TRIGGER test_fault_role_grant BEFORE INSERT ON user_roles
        WHEN (SELECT email FROM users WHERE id = NEW.user_id) LIKE '{RoleGrantEmailPrefix}%'
        BEGIN
            SELECT RAISE(ABORT, 'injected fault: role grant');
        END;

        CREATE TRIGGER test_fault_membership BEFORE INSERT ON memberships
        WHEN (SELECT name FROM organisations WHERE id = NEW.org_id) LIKE '{MembershipOrganisationPrefix}%'
        BEGIN
            SELECT RAISE(ABORT, 'injected fault: membership');
        END;
        """;

    // One function per table: PL/pgSQL resolves NEW.org_id even behind a false condition, and user_roles has none.
    private const string Postgres = $"""
        CREATE FUNCTION test_fault_role_grant() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF EXISTS (SELECT 1 FROM users WHERE id = NEW.user_id AND email LIKE '{RoleGrantEmailPrefix}%') THEN
                RAISE EXCEPTION 'injected fault: role grant';
            END IF;
            RETURN NEW;
        END;
        $$;

        CREATE FUNCTION test_fault_membership() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF EXISTS (SELECT 1 FROM organisations WHERE id = NEW.org_id AND name LIKE '{MembershipOrganisationPrefix}%') THEN
                RAISE EXCEPTION 'injected fault: membership';
            END IF;
            RETURN NEW;
        END;
        $$;

        CREATE TRIGGER test_fault_role_grant BEFORE INSERT ON user_roles FOR EACH ROW EXECUTE FUNCTION test_fault_role_grant();
        CREATE TRIGGER test_fault_membership BEFORE INSERT ON memberships FOR EACH ROW EXECUTE FUNCTION test_fault_membership();
        """;
}
