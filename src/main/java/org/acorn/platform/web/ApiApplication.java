package org.acorn.platform.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** Jakarta REST resources live under /api (e.g. the Open Referral UK API at /api/openreferral/). */
@ApplicationPath("api")
public class ApiApplication extends Application { }
