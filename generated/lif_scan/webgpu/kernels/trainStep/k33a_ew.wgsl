// kernel k33a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_head_w: array<f32>;
@group(0) @binding(1) var<storage, read> t66: array<f32>;
@group(0) @binding(2) var<storage, read> t162: array<f32>;
@group(0) @binding(3) var<storage, read_write> t309: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_head_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t315: array<f32>;
@group(0) @binding(6) var<storage, read> t172: array<f32>;
@group(0) @binding(7) var<storage, read_write> t320: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k33a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l303: f32 = p_optim_m_head_w[i];
  let v306: f32 = l303 * 0.9f;
  let l66: f32 = t66[i];
  let l301: f32 = t162[0i];
  let v302: f32 = l66 * l301;
  let v308: f32 = v302 * 0.1f;
  let v309: f32 = v306 + v308;
  t309[i] = v309;
  let l304: f32 = p_optim_v_head_w[i];
  let v311: f32 = l304 * 0.95f;
  let v312: f32 = v302 * v302;
  let v314: f32 = v312 * 0.05f;
  let v315: f32 = v311 + v314;
  t315[i] = v315;
  let v316: f32 = sqrt(v315);
  let l317: f32 = t172[0i];
  let v318: f32 = v316 / l317;
  let v320: f32 = v318 + 1e-8f;
  t320[i] = v320;
}
