// kernel k68_gmm_dw
@group(0) @binding(0) var<storage, read_write> t393: array<f32>;
@group(0) @binding(1) var<storage, read> t302: array<f32>;
@group(0) @binding(2) var<storage, read> t312: array<f32>;
@group(0) @binding(3) var<storage, read> t386: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k68_gmm_dw(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let i0: i32 = i / 3072i;
  let i1: i32 = i / 64i % 48i;
  let i2: i32 = i % 64i;
  let l302: f32 = t302[i0];
  let off: i32 = i32(l302);
  let l302_1: f32 = t302[i0 + 1i];
  let off_1: i32 = i32(l302_1);
  var acc: f32 = 0.0f;
  for (var t: i32 = off; t < off_1; t++) {
    let l312: f32 = t312[t * 48i + i1];
    let l386: f32 = t386[t * 64i + i2];
    acc += l312 * l386;
  }
  t393[i] = acc;
}
