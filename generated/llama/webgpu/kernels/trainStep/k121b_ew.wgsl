// kernel k121b_ew
@group(0) @binding(0) var<storage, read> p_layers_0_mlp_w3_w: array<f32>;
@group(0) @binding(1) var<storage, read> t663: array<f32>;
@group(0) @binding(2) var<storage, read> t849: array<f32>;
@group(0) @binding(3) var<storage, read> t856: array<f32>;
@group(0) @binding(4) var<storage, read> t637: array<f32>;
@group(0) @binding(5) var<storage, read_write> t860: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k121b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l9: f32 = p_layers_0_mlp_w3_w[i];
  let l812: f32 = t663[0i];
  let v857: f32 = l9 * l812;
  let x849: f32 = t849[i];
  let x856: f32 = t856[i];
  let v858: f32 = x849 / x856;
  let l815: f32 = t637[0i];
  let v859: f32 = v858 * l815;
  let v860: f32 = v857 - v859;
  t860[i] = v860;
}
