// kernel k86_reduce
@group(0) @binding(0) var<storage, read> t446: array<f32>;
@group(0) @binding(1) var<storage, read> t404: array<f32>;
@group(0) @binding(2) var<storage, read> t182: array<f32>;
@group(0) @binding(3) var<storage, read> t231: array<f32>;
@group(0) @binding(4) var<storage, read> t430: array<f32>;
@group(0) @binding(5) var<storage, read> t435: array<f32>;
@group(0) @binding(6) var<storage, read> t449: array<f32>;
@group(0) @binding(7) var<storage, read_write> t455: array<f32>;
var<workgroup> partial0: array<f32, 16>;
@compute @workgroup_size(16, 1, 1)
fn k86_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x) + (i32(loom_wid.y) + i32(loom_wid.z) * 2i) * 32768i;
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 16i; col += 16i) {
    let l446: f32 = t446[row / 256i * 4096i + row % 256i + col * 256i];
    let v447: f32 = -l446;
    acc0_0 += v447;
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
    let l404: f32 = t404[row];
    let l200: f32 = t182[row];
    let v407: f32 = l404 * l200;
    let l231: f32 = t231[row];
    let v408: f32 = v407 * l231;
    let l430: f32 = t430[row];
    let v431: f32 = -l430;
    let v452: f32 = v408 + v431;
    let g: f32 = t435[select(0i, row / 256i * 16i + row % 16i, row / 16i % 16i + -15i >= 0i && row / 16i % 16i + -15i < 1i)];
    let l437: f32 = select(0.0f, g, row / 16i % 16i + -15i >= 0i && row / 16i % 16i + -15i < 1i);
    let v453: f32 = v452 + l437;
    let v454: f32 = v453 + r0_0;
    let l451: f32 = t449[row];
    let v455: f32 = v454 + l451;
    t455[row] = v455;
  }
}
