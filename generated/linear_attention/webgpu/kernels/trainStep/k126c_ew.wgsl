// kernel k126c_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_0_mlp_fc_w: array<f32>;
@group(0) @binding(1) var<storage, read> t475: array<f32>;
@group(0) @binding(2) var<storage, read> t736: array<f32>;
@group(0) @binding(3) var<storage, read_write> t957: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_blocks_0_mlp_fc_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t963: array<f32>;
@group(0) @binding(6) var<storage, read> t746: array<f32>;
@group(0) @binding(7) var<storage, read_write> t968: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k126c_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l951: f32 = p_optim_m_blocks_0_mlp_fc_w[i];
  let v954: f32 = l951 * 0.9f;
  let l475: f32 = t475[i];
  let l949: f32 = t736[0i];
  let v950: f32 = l475 * l949;
  let v956: f32 = v950 * 0.1f;
  let v957: f32 = v954 + v956;
  t957[i] = v957;
  let l952: f32 = p_optim_v_blocks_0_mlp_fc_w[i];
  let v959: f32 = l952 * 0.95f;
  let v960: f32 = v950 * v950;
  let v962: f32 = v960 * 0.05f;
  let v963: f32 = v959 + v962;
  t963[i] = v963;
  let v964: f32 = sqrt(v963);
  let l965: f32 = t746[0i];
  let v966: f32 = v964 / l965;
  let v968: f32 = v966 + 1e-8f;
  t968[i] = v968;
}
