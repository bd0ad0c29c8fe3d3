"""Web pages for recruiters, shortlisting panels and HR, served by the same app at `/`."""
