// kernel k203d_ew
@group(0) @binding(0) var<storage, read> p_layers_0_attn_wo_w: array<f32>;
@group(0) @binding(1) var<storage, read> t1024: array<f32>;
@group(0) @binding(2) var<storage, read> t1134: array<f32>;
@group(0) @binding(3) var<storage, read> t1141: array<f32>;
@group(0) @binding(4) var<storage, read> t998: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1145: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k203d_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l5: f32 = p_layers_0_attn_wo_w[i];
  let l1080: f32 = t1024[0i];
  let v1142: f32 = l5 * l1080;
  let x1134: f32 = t1134[i];
  let x1141: f32 = t1141[i];
  let v1143: f32 = x1134 / x1141;
  let l1083: f32 = t998[0i];
  let v1144: f32 = v1143 * l1083;
  let v1145: f32 = v1142 - v1144;
  t1145[i] = v1145;
}
