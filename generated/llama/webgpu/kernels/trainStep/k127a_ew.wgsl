// kernel k127a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_1_mlp_norm_g: array<f32>;
@group(0) @binding(1) var<storage, read> t301: array<f32>;
@group(0) @binding(2) var<storage, read> t628: array<f32>;
@group(0) @binding(3) var<storage, read_write> t950: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_1_mlp_norm_g: array<f32>;
@group(0) @binding(5) var<storage, read_write> t954: array<f32>;
@group(0) @binding(6) var<storage, read> t638: array<f32>;
@group(0) @binding(7) var<storage, read_write> t958: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k127a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l946: f32 = p_optim_m_layers_1_mlp_norm_g[i];
    let v948: f32 = l946 * 0.9f;
    let l302: f32 = t301[i];
    let l673: f32 = t628[0i];
    let v945: f32 = l302 * l673;
    let v949: f32 = v945 * 0.1f;
    let v950: f32 = v948 + v949;
    t950[i] = v950;
    let l947: f32 = p_optim_v_layers_1_mlp_norm_g[i];
    let v951: f32 = l947 * 0.95f;
    let v952: f32 = v945 * v945;
    let v953: f32 = v952 * 0.05f;
    let v954: f32 = v951 + v953;
    t954[i] = v954;
    let v955: f32 = sqrt(v954);
    let l690: f32 = t638[0i];
    let v956: f32 = v955 / l690;
    let v957: f32 = v956 + 1e-8f;
    let v958: f32 = v950 / v957;
    t958[i] = v958;
  }
}
