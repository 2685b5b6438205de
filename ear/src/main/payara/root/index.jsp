<%@ page session="false" trimDirectiveWhitespaces="true" %><%@ include file="/WEB-INF/headers.jspf" %><%
    response.sendRedirect(request.getContextPath() + "/cdtt/");
%>
