namespace Dashboard.Core.Registration;

public static class KubeconfigLimits
{
    /// <summary>Real kubeconfigs are a few KiB; anything past 1 MiB is a mistake or an attack.</summary>
    public const int MaxBytes = 1024 * 1024;
}
