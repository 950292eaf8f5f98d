"""The routemap report as an editable Word document (.docx): the same chapters as the PDF,
with real headings, tables with header rows and the routemap's pictures with alternative
text, for a municipality to bring into its house style and publish accessibly."""
