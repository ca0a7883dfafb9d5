// kernel k92b_ew
@group(0) @binding(0) var<storage, read> p_wte_w: array<f32>;
@group(0) @binding(1) var<storage, read> t671: array<f32>;
@group(0) @binding(2) var<storage, read> t656: array<f32>;
@group(0) @binding(3) var<storage, read> t668: array<f32>;
@group(0) @binding(4) var<storage, read> t645: array<f32>;
@group(0) @binding(5) var<storage, read_write> t679: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k92b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l0: f32 = p_wte_w[i];
  let l673: f32 = t671[0i];
  let v674: f32 = l0 * l673;
  let x656: f32 = t656[i];
  let x668: f32 = t668[i];
  let v675: f32 = x656 / x668;
  let l677: f32 = t645[0i];
  let v678: f32 = v675 * l677;
  let v679: f32 = v674 - v678;
  t679[i] = v679;
}
