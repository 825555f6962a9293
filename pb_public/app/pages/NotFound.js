export default {
  name: 'NotFoundPage',
  template: `
  <section class="panel">
    <el-result icon="warning" title="页面不存在" sub-title="您访问的页面不存在或已被移除">
      <template #extra><a href="/"><el-button type="primary">返回首页</el-button></a></template>
    </el-result>
  </section>`,
}
