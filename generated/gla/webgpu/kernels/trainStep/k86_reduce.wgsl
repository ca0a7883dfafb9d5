// kernel k86_reduce
@group(0) @binding(0) var<storage, read> t471: array<f32>;
@group(0) @binding(1) var<storage, read> t429: array<f32>;
@group(0) @binding(2) var<storage, read> t195: array<f32>;
@group(0) @binding(3) var<storage, read> t248: array<f32>;
@group(0) @binding(4) var<storage, read> t455: array<f32>;
@group(0) @binding(5) var<storage, read> t460: array<f32>;
@group(0) @binding(6) var<storage, read> t474: array<f32>;
@group(0) @binding(7) var<storage, read_write> t480: array<f32>;
var<workgroup> partial0: array<f32, 16>;
@compute @workgroup_size(16, 1, 1)
fn k86_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x) + (i32(loom_wid.y) + i32(loom_wid.z) * 2i) * 32768i;
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 16i; col += 16i) {
    let l471: f32 = t471[row / 256i * 4096i + row % 256i + col * 256i];
    let v472: f32 = -l471;
    acc0_0 += v472;
  }
  partial0[lid] = acc0_0;
  workgroupBarrier();
  if (lid < 8i) {
    partial0[lid] = partial0[lid] + partial0[lid + 8i];
  }
  workgroupBarrier();
  if (lid < 4i) {
    partial0[lid] = partial0[lid] + partial0[lid + 4i];
  }
  workgroupBarrier();
  if (lid < 2i) {
    partial0[lid] = partial0[lid] + partial0[lid + 2i];
  }
  workgroupBarrier();
  if (lid < 1i) {
    partial0[lid] = partial0[lid] + partial0[lid + 1i];
  }
  workgroupBarrier();
  let r0_0: f32 = partial0[0i];
  if (lid == 0i) {
    let l429: f32 = t429[row];
    let l217: f32 = t195[row];
    let v432: f32 = l429 * l217;
    let l248: f32 = t248[row];
    let v433: f32 = v432 * l248;
    let l455: f32 = t455[row];
    let v456: f32 = -l455;
    let v477: f32 = v433 + v456;
    let g: f32 = t460[row / 256i * 16i + row % 16i];
    let l462: f32 = select(0.0f, g, row / 16i % 16i + -15i >= 0i && row / 16i % 16i + -15i < 1i);
    let v478: f32 = v477 + l462;
    let v479: f32 = v478 + r0_0;
    let l476: f32 = t474[row];
    let v480: f32 = v479 + l476;
    t480[row] = v480;
  }
}
