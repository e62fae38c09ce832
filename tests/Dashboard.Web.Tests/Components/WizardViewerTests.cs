using Bunit;
using Dashboard.Core.Security;
using Dashboard.Web.Components.Ingresses;
using Dashboard.Web.Components.Services;

namespace Dashboard.Web.Tests.Components;

/// <summary>A viewer who opens a create wizard's address reads at once which role creating needs, instead of steps.</summary>
public class WizardViewerTests : WizardTestContext
{
    [Fact]
    public async Task AViewerOpeningTheServiceWizardReadsThatCreatingNeedsTheOperatorOrAdminRoleAndSeesNoStep()
    {
        await StartAsync(Roles.Viewer, "rke-custom", ClusterName);

        var wizard = Render<ServiceWizard>(p => p.Add(w => w.ClusterId, ClusterId));

        wizard.WaitForAssertion(() => wizard.Find("[data-testid=no-access]").TextContent.ShouldContain("it needs one of the roles operator, admin"), Patience);
        wizard.FindAll("[data-testid=service-wizard]").ShouldBeEmpty();
        wizard.FindAll("button").ShouldBeEmpty();
    }

    [Fact]
    public async Task AViewerOpeningTheIngressWizardReadsThatCreatingNeedsTheOperatorOrAdminRoleAndSeesNoStep()
    {
        await StartAsync(Roles.Viewer, "rke-custom", ClusterName);

        var wizard = Render<IngressWizard>(p => p.Add(w => w.ClusterId, ClusterId));

        wizard.WaitForAssertion(() => wizard.Find("[data-testid=no-access]").TextContent.ShouldContain("it needs one of the roles operator, admin"), Patience);
        wizard.FindAll("[data-testid=ingress-wizard]").ShouldBeEmpty();
        wizard.FindAll("button").ShouldBeEmpty();
    }

    [Fact]
    public async Task AnOperatorOpeningTheServiceWizardGetsItsSteps()
    {
        await StartAsync(Roles.Operator, "rke-custom", ClusterName);

        var wizard = Render<ServiceWizard>(p => p.Add(w => w.ClusterId, ClusterId));

        wizard.WaitForAssertion(() => wizard.Find("[data-testid=service-wizard]"), Patience);
        wizard.FindAll("[data-testid=no-access]").ShouldBeEmpty();
    }
}
