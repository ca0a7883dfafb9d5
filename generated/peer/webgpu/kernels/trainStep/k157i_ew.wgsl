// kernel k157i_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_0_attn_wo_w: array<f32>;
@group(0) @binding(1) var<storage, read> t576: array<f32>;
@group(0) @binding(2) var<storage, read> t808: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1025: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_blocks_0_attn_wo_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1029: array<f32>;
@group(0) @binding(6) var<storage, read> t818: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1032: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k157i_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1021: f32 = p_optim_m_blocks_0_attn_wo_w[i];
  let v1023: f32 = l1021 * 0.9f;
  let l577: f32 = t576[i];
  let l852: f32 = t808[0i];
  let v1020: f32 = l577 * l852;
  let v1024: f32 = v1020 * 0.1f;
  let v1025: f32 = v1023 + v1024;
  t1025[i] = v1025;
  let l1022: f32 = p_optim_v_blocks_0_attn_wo_w[i];
  let v1026: f32 = l1022 * 0.95f;
  let v1027: f32 = v1020 * v1020;
  let v1028: f32 = v1027 * 0.05f;
  let v1029: f32 = v1026 + v1028;
  t1029[i] = v1029;
  let v1030: f32 = sqrt(v1029);
  let l868: f32 = t818[0i];
  let v1031: f32 = v1030 / l868;
  let v1032: f32 = v1031 + 1e-8f;
  t1032[i] = v1032;
}
