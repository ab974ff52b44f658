namespace Broken;

public static class Reports
{
    // half-way through a refactoring: the type it returns no longer exists
    public static MonthlyReport Latest() => new MonthlyReport();
}
