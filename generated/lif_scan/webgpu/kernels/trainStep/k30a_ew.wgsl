// kernel k30a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_emb: array<f32>;
@group(0) @binding(1) var<storage, read> t110: array<f32>;
@group(0) @binding(2) var<storage, read> t162: array<f32>;
@group(0) @binding(3) var<storage, read_write> t182: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_emb: array<f32>;
@group(0) @binding(5) var<storage, read_write> t188: array<f32>;
@group(0) @binding(6) var<storage, read> t172: array<f32>;
@group(0) @binding(7) var<storage, read_write> t194: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k30a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l176: f32 = p_optim_m_emb[i];
  let v179: f32 = l176 * 0.9f;
  let l110: f32 = t110[i];
  let l174: f32 = t162[0i];
  let v175: f32 = l110 * l174;
  let v181: f32 = v175 * 0.1f;
  let v182: f32 = v179 + v181;
  t182[i] = v182;
  let l177: f32 = p_optim_v_emb[i];
  let v184: f32 = l177 * 0.95f;
  let v185: f32 = v175 * v175;
  let v187: f32 = v185 * 0.05f;
  let v188: f32 = v184 + v187;
  t188[i] = v188;
  let v189: f32 = sqrt(v188);
  let l191: f32 = t172[0i];
  let v192: f32 = v189 / l191;
  let v194: f32 = v192 + 1e-8f;
  t194[i] = v194;
}
