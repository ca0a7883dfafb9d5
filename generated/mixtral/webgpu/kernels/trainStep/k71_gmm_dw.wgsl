// kernel k71_gmm_dw
@group(0) @binding(0) var<storage, read_write> t397: array<f32>;
@group(0) @binding(1) var<storage, read> t302: array<f32>;
@group(0) @binding(2) var<storage, read> t307: array<f32>;
@group(0) @binding(3) var<storage, read> t395: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k71_gmm_dw(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let i0: i32 = i / 3072i;
  let i1: i32 = i / 48i % 64i;
  let i2: i32 = i % 48i;
  let l302: f32 = t302[i0];
  let off: i32 = i32(l302);
  let l302_1: f32 = t302[i0 + 1i];
  let off_1: i32 = i32(l302_1);
  var acc: f32 = 0.0f;
  for (var t: i32 = off; t < off_1; t++) {
    let l307: f32 = t307[t * 64i + i1];
    let l395: f32 = t395[t * 48i + i2];
    acc += l307 * l395;
  }
  t397[i] = acc;
}
