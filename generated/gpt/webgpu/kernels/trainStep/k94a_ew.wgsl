// kernel k94a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_0_ln1_g: array<f32>;
@group(0) @binding(1) var<storage, read> t444: array<f32>;
@group(0) @binding(2) var<storage, read> t636: array<f32>;
@group(0) @binding(3) var<storage, read_write> t715: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_blocks_0_ln1_g: array<f32>;
@group(0) @binding(5) var<storage, read_write> t721: array<f32>;
@group(0) @binding(6) var<storage, read> t646: array<f32>;
@group(0) @binding(7) var<storage, read_write> t728: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k94a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l709: f32 = p_optim_m_blocks_0_ln1_g[i];
    let v712: f32 = l709 * 0.9f;
    let l445: f32 = t444[i];
    let l707: f32 = t636[0i];
    let v708: f32 = l445 * l707;
    let v714: f32 = v708 * 0.1f;
    let v715: f32 = v712 + v714;
    t715[i] = v715;
    let l710: f32 = p_optim_v_blocks_0_ln1_g[i];
    let v717: f32 = l710 * 0.95f;
    let v718: f32 = v708 * v708;
    let v720: f32 = v718 * 0.05f;
    let v721: f32 = v717 + v720;
    t721[i] = v721;
    let v722: f32 = sqrt(v721);
    let l724: f32 = t646[0i];
    let v725: f32 = v722 / l724;
    let v727: f32 = v725 + 1e-8f;
    let v728: f32 = v715 / v727;
    t728[i] = v728;
  }
}
