<%@ page session="false" trimDirectiveWhitespaces="true" contentType="text/plain;charset=UTF-8" %><%@ include file="/WEB-INF/headers.jspf" %><%
    // every error outside the application: its status as the container set it (404, 405), one line in both languages
    boolean notFound = response.getStatus() == 404;
%>
<%= notFound ? "Không tìm thấy trang này. / Page not found." : "Yêu cầu không được phục vụ ở đây. / Not served here." %>
CDTT Gia Lai: /cdtt/
