// kernel k113b_ew
@group(0) @binding(0) var<storage, read> p_layers_0_attn_wk_w: array<f32>;
@group(0) @binding(1) var<storage, read> t619: array<f32>;
@group(0) @binding(2) var<storage, read> t689: array<f32>;
@group(0) @binding(3) var<storage, read> t700: array<f32>;
@group(0) @binding(4) var<storage, read> t593: array<f32>;
@group(0) @binding(5) var<storage, read_write> t706: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k113b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l3: f32 = p_layers_0_attn_wk_w[i];
  let l701: f32 = t619[0i];
  let v702: f32 = l3 * l701;
  let x689: f32 = t689[i];
  let x700: f32 = t700[i];
  let v703: f32 = x689 / x700;
  let l704: f32 = t593[0i];
  let v705: f32 = v703 * l704;
  let v706: f32 = v702 - v705;
  t706[i] = v706;
}
