package org.acorn.platform.web;

import com.sun.faces.renderkit.html_basic.FormRenderer;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import org.primefaces.context.PrimeFacesContext;

/**
 * PrimeFaces' CSP mode checks a "primefaces.nonce" parameter on every postback and normally relies on its
 * script to add it. Writing it into every form means forms also work with scripts off or blocked, which
 * the people this portal serves (old browsers, slow connections) need.
 */
public class NonceFormRenderer extends FormRenderer {

    @Override
    public void encodeEnd(FacesContext context, UIComponent component) throws IOException {
        ResponseWriter writer = context.getResponseWriter();
        writer.startElement("input", component);
        writer.writeAttribute("type", "hidden", null);
        writer.writeAttribute("name", "primefaces.nonce", null);
        writer.writeAttribute("value", PrimeFacesContext.getCspState(context).getNonce(), null);
        writer.endElement("input");
        super.encodeEnd(context, component);
    }
}
