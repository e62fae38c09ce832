using Dashboard.Core.Providers;
using Dashboard.Core.Registration;

namespace Dashboard.Core.Tests;

public class RegisterClusterDraftValidatorTests
{
    private readonly RegisterClusterDraftValidator validator = new();

    private static RegisterClusterDraft Draft(string name = "prod", string kubeconfig = "apiVersion: v1", ProviderKind? provider = null) =>
        new() { Name = name, Kubeconfig = kubeconfig, Provider = provider };

    [Fact]
    public void AWellFormedDraftIsValid() => validator.Validate(Draft()).IsValid.ShouldBeTrue();

    [Fact]
    public void TheNameRulesApply()
    {
        var result = validator.Validate(Draft(name: "two words"));

        result.Errors.ShouldHaveSingleItem().PropertyName.ShouldBe(nameof(RegisterClusterDraft.Name));
    }

    [Fact]
    public void AnEmptyKubeconfigAsksForOne()
    {
        var result = validator.Validate(Draft(kubeconfig: ""));

        result.Errors.ShouldHaveSingleItem().ErrorMessage.ShouldBe("Paste a kubeconfig or upload the file.");
    }

    [Fact]
    public void AKubeconfigOverOneMebibyteIsRefusedWithItsSize()
    {
        var result = validator.Validate(Draft(kubeconfig: new string('x', KubeconfigLimits.MaxBytes + 2048)));

        result.Errors.ShouldHaveSingleItem().ErrorMessage.ShouldStartWith("The kubeconfig is 1026 KiB; the limit is 1024 KiB.");
    }

    [Fact]
    public void AProviderOutsideTheEnumIsRefused() =>
        validator.Validate(Draft(provider: (ProviderKind)42)).IsValid.ShouldBeFalse();
}
