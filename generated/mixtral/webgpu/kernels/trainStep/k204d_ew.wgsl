// kernel k204d_ew
@group(0) @binding(0) var<storage, read> p_layers_0_attn_wv_w: array<f32>;
@group(0) @binding(1) var<storage, read> t1024: array<f32>;
@group(0) @binding(2) var<storage, read> t1117: array<f32>;
@group(0) @binding(3) var<storage, read> t1124: array<f32>;
@group(0) @binding(4) var<storage, read> t998: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1128: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k204d_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l4: f32 = p_layers_0_attn_wv_w[i];
  let l1106: f32 = t1024[0i];
  let v1125: f32 = l4 * l1106;
  let x1117: f32 = t1117[i];
  let x1124: f32 = t1124[i];
  let v1126: f32 = x1117 / x1124;
  let l1109: f32 = t998[0i];
  let v1127: f32 = v1126 * l1109;
  let v1128: f32 = v1125 - v1127;
  t1128[i] = v1128;
}
