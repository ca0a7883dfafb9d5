// kernel k118c_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_0_ffn_key_w: array<f32>;
@group(0) @binding(1) var<storage, read> t538: array<f32>;
@group(0) @binding(2) var<storage, read> t901: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1249: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_blocks_0_ffn_key_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1255: array<f32>;
@group(0) @binding(6) var<storage, read> t911: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1260: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k118c_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1243: f32 = p_optim_m_blocks_0_ffn_key_w[i];
  let v1246: f32 = l1243 * 0.9f;
  let l538: f32 = t538[i];
  let l1241: f32 = t901[0i];
  let v1242: f32 = l538 * l1241;
  let v1248: f32 = v1242 * 0.1f;
  let v1249: f32 = v1246 + v1248;
  t1249[i] = v1249;
  let l1244: f32 = p_optim_v_blocks_0_ffn_key_w[i];
  let v1251: f32 = l1244 * 0.95f;
  let v1252: f32 = v1242 * v1242;
  let v1254: f32 = v1252 * 0.05f;
  let v1255: f32 = v1251 + v1254;
  t1255[i] = v1255;
  let v1256: f32 = sqrt(v1255);
  let l1257: f32 = t911[0i];
  let v1258: f32 = v1256 / l1257;
  let v1260: f32 = v1258 + 1e-8f;
  t1260[i] = v1260;
}
