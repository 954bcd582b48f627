using SmeOnboard.Web.Tests.Infrastructure;

// One portal for the whole run: starting the host, migrating and seeding takes about a second, a test a few milliseconds.
[assembly: AssemblyFixture(typeof(PortalFactory))]
