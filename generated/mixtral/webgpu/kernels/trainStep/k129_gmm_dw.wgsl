// kernel k129_gmm_dw
@group(0) @binding(0) var<storage, read_write> t637: array<f32>;
@group(0) @binding(1) var<storage, read> t168: array<f32>;
@group(0) @binding(2) var<storage, read> t174: array<f32>;
@group(0) @binding(3) var<storage, read> t635: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k129_gmm_dw(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let i0: i32 = i / 3072i;
  let i1: i32 = i / 48i % 64i;
  let i2: i32 = i % 48i;
  let l168: f32 = t168[i0];
  let off: i32 = i32(l168);
  let l168_1: f32 = t168[i0 + 1i];
  let off_1: i32 = i32(l168_1);
  var acc: f32 = 0.0f;
  for (var t: i32 = off; t < off_1; t++) {
    let l174: f32 = t174[t * 64i + i1];
    let l635: f32 = t635[t * 48i + i2];
    acc += l174 * l635;
  }
  t637[i] = acc;
}
