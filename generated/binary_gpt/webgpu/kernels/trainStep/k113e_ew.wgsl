// kernel k113e_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_0_attn_wk_w: array<f32>;
@group(0) @binding(1) var<storage, read> t469: array<f32>;
@group(0) @binding(2) var<storage, read> t701: array<f32>;
@group(0) @binding(3) var<storage, read_write> t852: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_blocks_0_attn_wk_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t856: array<f32>;
@group(0) @binding(6) var<storage, read> t711: array<f32>;
@group(0) @binding(7) var<storage, read_write> t859: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k113e_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l848: f32 = p_optim_m_blocks_0_attn_wk_w[i];
  let v850: f32 = l848 * 0.9f;
  let l469: f32 = t469[i];
  let l745: f32 = t701[0i];
  let v847: f32 = l469 * l745;
  let v851: f32 = v847 * 0.1f;
  let v852: f32 = v850 + v851;
  t852[i] = v852;
  let l849: f32 = p_optim_v_blocks_0_attn_wk_w[i];
  let v853: f32 = l849 * 0.95f;
  let v854: f32 = v847 * v847;
  let v855: f32 = v854 * 0.05f;
  let v856: f32 = v853 + v855;
  t856[i] = v856;
  let v857: f32 = sqrt(v856);
  let l761: f32 = t711[0i];
  let v858: f32 = v857 / l761;
  let v859: f32 = v858 + 1e-8f;
  t859[i] = v859;
}
