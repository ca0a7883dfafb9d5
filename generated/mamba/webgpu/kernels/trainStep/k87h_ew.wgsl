// kernel k87h_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_1_mixer_dt_b: array<f32>;
@group(0) @binding(1) var<storage, read> t945: array<f32>;
@group(0) @binding(2) var<storage, read_write> t950: array<f32>;
@group(0) @binding(3) var<storage, read> p_optim_v_layers_1_mixer_dt_b: array<f32>;
@group(0) @binding(4) var<storage, read_write> t954: array<f32>;
@group(0) @binding(5) var<storage, read> t572: array<f32>;
@group(0) @binding(6) var<storage, read> t571: array<f32>;
@group(0) @binding(7) var<storage, read_write> t959: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k87h_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 128i) {
    let l946: f32 = p_optim_m_layers_1_mixer_dt_b[i];
    let v948: f32 = l946 * 0.9f;
    let x945: f32 = t945[i];
    let v949: f32 = x945 * 0.1f;
    let v950: f32 = v948 + v949;
    t950[i] = v950;
    let l947: f32 = p_optim_v_layers_1_mixer_dt_b[i];
    let v951: f32 = l947 * 0.95f;
    let v952: f32 = x945 * x945;
    let v953: f32 = v952 * 0.05f;
    let v954: f32 = v951 + v953;
    t954[i] = v954;
    let v955: f32 = sqrt(v954);
    let l701: f32 = t572[0i];
    let v956: f32 = v955 / l701;
    let v957: f32 = v956 + 1e-8f;
    let v958: f32 = v950 / v957;
    let l706: f32 = t571[0i];
    let v959: f32 = v958 * l706;
    t959[i] = v959;
  }
}
