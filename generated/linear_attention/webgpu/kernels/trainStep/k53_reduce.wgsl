// kernel k53_reduce
@group(0) @binding(0) var<storage, read> t361: array<f32>;
@group(0) @binding(1) var<storage, read> t205: array<f32>;
@group(0) @binding(2) var<storage, read> t203: array<f32>;
@group(0) @binding(3) var<storage, read_write> t366: array<f32>;
@group(0) @binding(4) var<storage, read_write> t370: array<f32>;
var<workgroup> partial0: array<f32, 16>;
@compute @workgroup_size(16, 1, 1)
fn k53_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 16i; col += 16i) {
    let l365: f32 = t361[row / 256i * 4096i + row / 64i % 4i * 16i + row % 64i * 64i + col];
    let l205: f32 = t205[row * 16i + col];
    let v367: f32 = l365 * l205;
    let l204: f32 = t203[row];
    let v368: f32 = v367 / l204;
    let v369: f32 = -v368;
    let v366: f32 = l365 / l204;
    t366[row * 16i + col] = v366;
    acc0_0 += v369;
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
    t370[row] = r0_0;
  }
}
