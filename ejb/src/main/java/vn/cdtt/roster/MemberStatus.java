package vn.cdtt.roster;

/** Đang hoạt động / tạm nghỉ / đã rời tổ. People with history are never deleted: they leave. */
public enum MemberStatus {
    ACTIVE, PAUSED, LEFT
}
