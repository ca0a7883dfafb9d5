// kernel k46_reduce (compiler/std/moe.loom:118:31)
@group(0) @binding(0) var<storage, read> t250: array<f32>;
@group(0) @binding(1) var<storage, read> t254: array<f32>;
@group(0) @binding(2) var<storage, read_write> t263: array<f32>;
var<workgroup> partial0: array<f32, 8>;
@compute @workgroup_size(8, 1, 1)
fn k46_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 8i; col += 8i) {
    let l251: f32 = t250[col];
    let l256: f32 = t254[0i];
    let v257: f32 = l251 - l256;
    let v258: f32 = v257 * v257;
    acc0_0 += v258;
  }
  partial0[lid] = acc0_0;
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
    let v261: f32 = r0_0 * 0.125f;
    let v262: f32 = sqrt(v261);
    let l254: f32 = t254[0i];
    let v263: f32 = v262 / l254;
    t263[0i] = v263;
  }
}
