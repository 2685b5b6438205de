package vn.cdtt.allowance;

/** Who pays a line: the province's policy, or the commune's own top-up budget. */
public enum FundingSource {
    PROVINCE, COMMUNE
}
