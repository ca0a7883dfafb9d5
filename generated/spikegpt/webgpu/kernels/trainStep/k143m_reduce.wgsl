// kernel k143m_reduce
@group(0) @binding(0) var<storage, read> t706: array<f32>;
@group(0) @binding(1) var<storage, read_write> t847: array<f32>;
@group(0) @binding(2) var<storage, read> t803: array<f32>;
@group(0) @binding(3) var<storage, read_write> t851: array<f32>;
@group(0) @binding(4) var<storage, read> t802: array<f32>;
@group(0) @binding(5) var<storage, read_write> t855: array<f32>;
@group(0) @binding(6) var<storage, read> t801: array<f32>;
@group(0) @binding(7) var<storage, read_write> t859: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k143m_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  if (lid == 0i) {
    let l711: f32 = t706[134144i + row];
    let v847: f32 = l711 * l711;
    t847[row] = v847;
    let x803: f32 = t803[row];
    let v851: f32 = x803 * x803;
    t851[row] = v851;
    let x802: f32 = t802[row];
    let v855: f32 = x802 * x802;
    t855[row] = v855;
    let x801: f32 = t801[row];
    let v859: f32 = x801 * x801;
    t859[row] = v859;
  }
}
