// kernel k205d_reduce
@group(0) @binding(0) var<storage, read> t707: array<f32>;
@group(0) @binding(1) var<storage, read> t771: array<f32>;
@group(0) @binding(2) var<storage, read> t780: array<f32>;
@group(0) @binding(3) var<storage, read> t813: array<f32>;
@group(0) @binding(4) var<storage, read> t877: array<f32>;
@group(0) @binding(5) var<storage, read> t883: array<f32>;
@group(0) @binding(6) var<storage, read> t916: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1097: array<f32>;
@compute @workgroup_size(64, 1, 1)
fn k205d_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l707: f32 = t707[row * 64i + col];
    let x771: f32 = t771[row * 64i + col];
    let v1090: f32 = l707 + x771;
    let x780: f32 = t780[row * 64i + col];
    let v1091: f32 = v1090 + x780;
    let v1092: f32 = v1091 + x780;
    let l813: f32 = t813[row * 64i + col];
    let v1093: f32 = v1092 + l813;
    let x877: f32 = t877[row * 64i + col];
    let v1094: f32 = v1093 + x877;
    let x883: f32 = t883[row * 64i + col];
    let v1095: f32 = v1094 + x883;
    let v1096: f32 = v1095 + x883;
    let l916: f32 = t916[row * 64i + col];
    let v1097: f32 = v1096 + l916;
    t1097[row * 64i + col] = v1097;
  }
}
