// kernel k7_ew (compiler/std/functional.loom:78:24)
@group(0) @binding(0) var<storage, read> t43: array<f32>;
@group(0) @binding(1) var<storage, read> t63: array<f32>;
@group(0) @binding(2) var<storage, read> t64: array<f32>;
@group(0) @binding(3) var<storage, read_write> t76: array<f32>;
@group(0) @binding(4) var<storage, read_write> t80: array<f32>;
@group(0) @binding(5) var<storage, read> t46: array<f32>;
@group(0) @binding(6) var<storage, read_write> t90: array<f32>;
@group(0) @binding(7) var<storage, read_write> t94: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k7_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 32i) {
    let l67: f32 = t43[i * 2i];
    let l71: f32 = t63[i % 8i];
    let v72: f32 = l67 * l71;
    let l69: f32 = t43[1i + i * 2i];
    let l74: f32 = t64[i % 8i];
    let v75: f32 = l69 * l74;
    let v76: f32 = v72 - v75;
    t76[i] = v76;
    let v78: f32 = l67 * l74;
    let v79: f32 = l69 * l71;
    let v80: f32 = v78 + v79;
    t80[i] = v80;
    let l85: f32 = t46[i * 2i];
    let v88: f32 = l85 * l71;
    let l87: f32 = t46[1i + i * 2i];
    let v89: f32 = l87 * l74;
    let v90: f32 = v88 - v89;
    t90[i] = v90;
    let v92: f32 = l85 * l74;
    let v93: f32 = l87 * l71;
    let v94: f32 = v92 + v93;
    t94[i] = v94;
  }
}
