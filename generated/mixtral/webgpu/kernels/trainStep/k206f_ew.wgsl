// kernel k206f_ew
@group(0) @binding(0) var<storage, read> p_layers_0_moe_w3: array<f32>;
@group(0) @binding(1) var<storage, read> t1024: array<f32>;
@group(0) @binding(2) var<storage, read> t1249: array<f32>;
@group(0) @binding(3) var<storage, read> t1256: array<f32>;
@group(0) @binding(4) var<storage, read> t998: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1260: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k206f_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l10: f32 = p_layers_0_moe_w3[i];
  let l1211: f32 = t1024[0i];
  let v1257: f32 = l10 * l1211;
  let x1249: f32 = t1249[i];
  let x1256: f32 = t1256[i];
  let v1258: f32 = x1249 / x1256;
  let l1215: f32 = t998[0i];
  let v1259: f32 = v1258 * l1215;
  let v1260: f32 = v1257 - v1259;
  t1260[i] = v1260;
}
